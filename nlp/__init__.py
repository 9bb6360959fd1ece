"""Article text → facts: dates, decisions (legal-document references), counts, places."""
