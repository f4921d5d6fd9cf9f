"""Language data for 'ru'; one module per pipeline stage."""
