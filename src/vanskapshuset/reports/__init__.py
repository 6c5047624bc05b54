"""Reports: figures built once as plain data, then rendered to PDF, XLSX and CSV."""
