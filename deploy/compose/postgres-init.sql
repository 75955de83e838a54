-- The services' role (ADR 23): it logs in and uses rows; the migration containers, as the owner, grant it the rows.
CREATE ROLE kompetansemidler_app LOGIN PASSWORD 'app-development-password';
