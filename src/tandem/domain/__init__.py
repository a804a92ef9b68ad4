"""Pure rules of Tandem: no framework, no database, no clock of its own."""
