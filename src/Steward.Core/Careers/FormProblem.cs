namespace Steward.Core.Careers;

/// <summary>What is wrong with one field of a form; the page says it in the visitor's language.</summary>
public enum FormProblem
{
    Required,
    TooLong,
    Markup,
    ControlCharacters,
    InvalidEmail,
    InvalidTelephone,
    InvalidChoice,
    InvalidDate,
    InvalidYearOrDate,
    DateInFuture,
    DateTooEarly,
    DateTooFar,
    EndBeforeStart,
    TooYoung,
    TooManyEntries,
    ResumeTooLarge,
    ResumeEmpty,
    ResumeWrongType,
    ResumeUnreadable,
    ResumeBomb,
    ResumeTooManyPages,
    UnknownConsent,
    AcknowledgementRequired,
    NoticeChanged,
    FormExpired,
}

/// <summary>One problem beside one field: the field's key on the form, and a limit where the
/// message names one (a length, a number of entries, an age).</summary>
public sealed record FormError(string Key, FormProblem Problem, int Limit = 0);
