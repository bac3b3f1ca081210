"""Exporters. Each streams ``ExportDocument``s (read from the store) to one format."""
