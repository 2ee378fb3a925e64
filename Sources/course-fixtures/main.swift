// A `course` binary over the fixture lessons in Tests/FixtureBook/Lessons: a lesson that
// works, one that traps, one that throws, one whose claim fails and one that hangs. The
// end-to-end tests drive it to check how failures are reported.
import CourseCLI
import FixtureBook

CourseCLI.main(lessons: Book.lessons)
