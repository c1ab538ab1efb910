"""The reviewer report's parts: the readable copy of each page and the summary charts.

`formatters/html.py` assembles them into one self-contained page.
"""
