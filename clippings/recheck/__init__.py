"""复查: re-fetch archived pages on a decaying schedule and record whether they were kept, edited or
deleted (schedule.py: which pages and when; run.py: fetch, classify, record)."""
