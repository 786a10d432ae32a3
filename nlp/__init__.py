"""Understand stage: normalisation, segmentation, keywords, alert lexicon, sentiment, ad-law matching."""
