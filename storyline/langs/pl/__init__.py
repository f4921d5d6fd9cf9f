"""Language data for 'pl'; one module per pipeline stage."""
