"""HTML capture → clean article: title, main text, published date, author."""
