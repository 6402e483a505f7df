"""Learned per-person classifiers: the labelled corpus, training, validation across sources, ONNX models.

:mod:`~inspector.learned.dataset` reads the corpus manifests and the derived perception features;
:mod:`~inspector.learned.model` loads a classifier file after checking it against the model manifest;
:mod:`~inspector.learned.tasks` says, for each task, which vector a person gives and which classes it
has; :mod:`~inspector.learned.training` trains, validates leave-one-source-out and exports to ONNX
(training only: it needs scikit-learn and onnx, the product itself needs only onnxruntime).
"""
