// Every lesson is compiled into this module with the engine and the notebook in scope;
// re-exporting them lets a program that imports LessonBook use the types lessons return.
@_exported import Engine
@_exported import Notebook
