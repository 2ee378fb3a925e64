// The lessons' generated files are compiled into this module beside this file; `Book`
// lists them in course order.
import CourseCLI

CourseCLI.main(lessons: Book.lessons)
