"""Understand stage: normalisation, segmentation, keywords, alerts, sentiment, ad-law matching."""
