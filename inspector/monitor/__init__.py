"""One service watches every station of a site (issue 16).

* :mod:`inspector.monitor.schedule`: fair turns of several cameras on one set of models.
* :mod:`inspector.monitor.models`: the models, shared by every station or one set per station.
* :mod:`inspector.monitor.service`: capture threads, analysis threads, per-station chains and figures.
* :mod:`inspector.monitor.site`: the site's stations and their chains, as the live view builds them.
* :mod:`inspector.monitor.archive`: re-analysing an archive of recordings on a Dask cluster.

Imported lazily by the command line and the app: this package pulls in the models only when a
service starts.
"""
