using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Steward.Core.Notices;

namespace Steward.Core.Storage;

/// <summary>Steward's one database, on SQLite (embedded default) or PostgreSQL (production).
/// Used directly by feature code: no repository layer in front of it.</summary>
public sealed class StewardDb(DbContextOptions<StewardDb> options) : DbContext(options)
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<NoticeVersion> NoticeVersions => Set<NoticeVersion>();
    public DbSet<NoticeText> NoticeTexts => Set<NoticeText>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StewardDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native timestamp type and cannot compare or order DateTimeOffset text;
        // store ticks with offset as a sortable integer there. PostgreSQL keeps timestamptz.
        if (Database.ProviderName == SqliteProvider)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
}

/// <summary>The model differs by provider (see ConfigureConventions), so one process that talks to
/// both, as the tests do, must cache one model per provider.</summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
