CREATE TABLE sample_item (id uuid PRIMARY KEY, name text NOT NULL);
