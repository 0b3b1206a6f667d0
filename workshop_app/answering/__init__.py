"""The answering rules of a participant's run, shared by every channel (station, phones); no Qt."""

from workshop_app.answering.claims import Claims
from workshop_app.answering.run import AnswerRun, AnswerWriter, NameChoice, NotSaved, Refused
from workshop_app.answering.steps import Step, resume_index, steps

__all__ = ["AnswerRun", "AnswerWriter", "Claims", "NameChoice", "NotSaved", "Refused", "Step",
           "resume_index", "steps"]
