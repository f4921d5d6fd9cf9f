"""Language data for 'sl'; one module per pipeline stage."""
