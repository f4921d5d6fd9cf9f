"""Language data for 'it'; one module per pipeline stage."""
