-- One database per service (database per service); each service migrates its own schemas.
CREATE DATABASE inventory;
CREATE DATABASE orders;
CREATE DATABASE payments;
CREATE DATABASE catalog;
CREATE DATABASE search;
CREATE DATABASE relay;
CREATE DATABASE analytics;
CREATE DATABASE audit;
CREATE DATABASE edge;
