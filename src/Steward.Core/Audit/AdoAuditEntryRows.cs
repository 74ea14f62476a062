using System.Data;
using System.Data.Common;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Entries through the provider's ADO.NET reader: any database (PostgreSQL in practice).</summary>
internal sealed class AdoAuditEntryRows(StewardDb db) : AuditEntryRows
{
    public override async Task ReadAsync(ChannelReader<AuditEntryChunk> empty, ChannelWriter<AuditEntryChunk> full, CancellationToken cancellationToken)
    {
        try
        {
            var readTime = AuditRows.TimeReader(db, typeof(AuditEntry), nameof(AuditEntry.Time), 1);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Query;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var chunk = await empty.ReadAsync(cancellationToken);
            chunk.Reset(0);
            long expected = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = reader.GetInt64(0);
                chunk.Failure = Gap(index, expected) ?? Read(reader, index, readTime, chunk);
                if (chunk.Failure is not null) break;
                expected++;
                if (chunk.Full)
                {
                    await full.WriteAsync(chunk, cancellationToken);
                    chunk = await empty.ReadAsync(cancellationToken);
                    chunk.Reset(expected);
                }
            }
            await full.WriteAsync(chunk, cancellationToken);
        }
        finally
        {
            full.TryComplete();
            await db.Database.CloseConnectionAsync();
        }
    }

    private static AuditFailure? Read(DbDataReader reader, long index, Func<DbDataReader, DateTimeOffset> readTime, AuditEntryChunk chunk)
    {
        try
        {
            var time = readTime(reader);
            var record = new AuditRecord(reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4), Text(reader, 5), Text(reader, 6), Text(reader, 7));
            var length = AuditEncoding.WriteEntry(chunk.Next(AuditEncoding.EntryLength(record)), index, time, record);
            chunk.Commit(length, reader.IsDBNull(8) ? [] : reader.GetFieldValue<byte[]>(8));
            return null;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or DecoderFallbackException)
        {
            return Unreadable(index, e);
        }
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
