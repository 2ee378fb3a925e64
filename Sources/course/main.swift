import CourseCLI
import LessonBook

CourseCLI.main(lessons: Book.lessons)
