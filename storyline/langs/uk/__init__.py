"""Language data for 'uk'; one module per pipeline stage."""
