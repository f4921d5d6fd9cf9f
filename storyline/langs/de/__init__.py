"""Language data for 'de'; one module per pipeline stage."""
