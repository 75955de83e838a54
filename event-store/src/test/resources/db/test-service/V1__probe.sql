CREATE TABLE command_service.probe (id INT NOT NULL);
