"""Language data for 'es'; one module per pipeline stage."""
