"""Language data for 'bg'; one module per pipeline stage."""
