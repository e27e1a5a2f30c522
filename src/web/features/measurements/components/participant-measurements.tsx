/** The measurements of one participant: spider web, history, new measurement, personal link. */
export function ParticipantMeasurements({ participantId }: { participantId: string }) {
  void participantId;
  return null;
}
