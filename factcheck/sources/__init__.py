"""Sources: fetch pages, reduce them to text, find duplicates, and read evidence in them.

Domain code only: plain functions over plain dataclasses, no database and no UI.  Only
`fetch` touches the network.
"""
