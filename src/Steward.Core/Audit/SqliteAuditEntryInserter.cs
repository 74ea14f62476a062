using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>SQLite's inserter: SQLite's statement API with parameters bound by position. The ADO.NET
/// command looks every parameter up by name on each execution, which cost more than the insert
/// itself; the audit writer is one thread, so its cost per entry bounds every audited request.
/// Values are stored exactly as EF Core stores them: the time through the model's converter (an
/// integer), the subject id as upper-case text.</summary>
internal sealed class SqliteAuditEntryInserter : IAuditEntryInserter
{
    private const string Insert =
        """INSERT INTO audit_entries ("Index", "Time", "Actor", "Action", "SubjectId", "Purpose", "Decision", "Reason", "LeafHash") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""";

    // The head is read once per batch; through EF Core that query cost more than a batch's inserts.
    private const string Head = """SELECT max("Index") FROM audit_entries""";

    private readonly sqlite3 _handle;
    private readonly sqlite3_stmt _statement;
    private readonly sqlite3_stmt _head;
    private readonly ValueConverter _time;

    /// <param name="db">Its connection must stay open for the inserter's lifetime.</param>
    public SqliteAuditEntryInserter(StewardDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _time = db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.Time))!.GetTypeMapping().Converter
            ?? throw new InvalidOperationException("On SQLite the audit time is stored through a value converter.");
        _handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The audit writer's connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_handle, Insert, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _handle);
        rc = raw.sqlite3_prepare_v2(_handle, Head, out _head);
        SqliteException.ThrowExceptionForRC(rc, _handle);
    }

    public ValueTask<long> CountAsync(CancellationToken cancellationToken)
    {
        var rc = raw.sqlite3_step(_head);
        try
        {
            if (rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, _handle);
            return ValueTask.FromResult(raw.sqlite3_column_type(_head, 0) == raw.SQLITE_NULL ? 0 : raw.sqlite3_column_int64(_head, 0) + 1);
        }
        finally
        {
            raw.sqlite3_reset(_head);
        }
    }

    public ValueTask InsertAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        raw.sqlite3_bind_int64(_statement, 1, entry.Index);
        raw.sqlite3_bind_int64(_statement, 2, (long)_time.ConvertToProvider(entry.Time)!);
        Text(3, entry.Actor);
        Text(4, entry.Action);
        SubjectId(entry.SubjectId);
        Text(6, entry.Purpose);
        Text(7, entry.Decision);
        Text(8, entry.Reason);
        raw.sqlite3_bind_blob(_statement, 9, entry.LeafHash);
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _handle);
        return ValueTask.CompletedTask;
    }

    /// <summary>As EF Core stores a Guid on SQLite: upper-case text, formatted here without a string.</summary>
    private void SubjectId(Guid? value)
    {
        if (value is not { } id)
        {
            raw.sqlite3_bind_null(_statement, 5);
            return;
        }
        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f') text[i] -= 'a' - 'A';
        }
        raw.sqlite3_bind_text(_statement, 5, text);
    }

    private void Text(int position, string? value)
    {
        if (value is null) raw.sqlite3_bind_null(_statement, position);
        else raw.sqlite3_bind_text(_statement, position, value);
    }

    public void Dispose()
    {
        _statement.Dispose();
        _head.Dispose();
    }
}
