"""The only package that imports SQLAlchemy: engine, tables, repositories, migrations, backups."""
