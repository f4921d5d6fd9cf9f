"""Language data for 'cs'; one module per pipeline stage."""
