using System.Text;

namespace Steward.Core.Audit;

/// <summary>The longest value each field of an entry may have, in characters.</summary>
public static class AuditLimits
{
    public const int Actor = 200;
    public const int Action = 100;
    public const int Purpose = 100;
    public const int Decision = 20;
    public const int Reason = 1000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws when a record cannot be stored as it is, so a bad record fails its caller
    /// and not the batch it would have been written with.</summary>
    public static void Check(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Required(record.Actor, Actor, nameof(record.Actor));
        Required(record.Action, Action, nameof(record.Action));
        Optional(record.Purpose, Purpose, nameof(record.Purpose));
        Optional(record.Decision, Decision, nameof(record.Decision));
        Optional(record.Reason, Reason, nameof(record.Reason));
    }

    private static void Required(string? value, int max, string name)
    {
        if (string.IsNullOrEmpty(value)) throw new ArgumentException($"An audit record needs {name}.", name);
        Optional(value, max, name);
    }

    private static void Optional(string? value, int max, string name)
    {
        if (value is null) return;
        if (value.Length > max) throw new ArgumentException($"Audit {name} is longer than {max} characters.", name);
        // PostgreSQL text cannot hold NUL; refusing it everywhere keeps both databases alike.
        if (value.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException($"Audit {name} contains a NUL character.", name);
        // A lone surrogate has no UTF-8 form; caught here, it cannot fail the batch the record would join.
        try
        {
            StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"Audit {name} is not valid Unicode text.", name, e);
        }
    }
}
