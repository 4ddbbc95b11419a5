export default function ExamScreen() {
  return null;
}
