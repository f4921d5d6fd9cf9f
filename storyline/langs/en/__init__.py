"""Language data for 'en'; one module per pipeline stage."""
