// The fixture lessons are compiled with the engine and the notebook in scope, like the course's.
@_exported import Engine
@_exported import Notebook
