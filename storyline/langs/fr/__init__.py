"""Language data for 'fr'; one module per pipeline stage."""
