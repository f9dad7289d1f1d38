"""Reading what a checker brings in: article files and claims files, checked before any write."""
