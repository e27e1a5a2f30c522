// The steps are shared by every page of a round's process (components/round-steps.tsx); the
// ranking page still takes them from here.
export { RoundSteps } from '../../../components/round-steps.tsx';
