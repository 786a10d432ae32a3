"""Transformer sentiment model: corpus, tokenizer, training, calibration and inference."""

from nlp.sentiment.model import SentimentModel, bundled_model_dir

__all__ = ["SentimentModel", "bundled_model_dir"]
