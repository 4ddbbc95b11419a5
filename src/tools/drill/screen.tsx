export default function DrillScreen() {
  return null;
}
