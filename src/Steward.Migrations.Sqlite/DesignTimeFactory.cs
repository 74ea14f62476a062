using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Steward.Core.Storage;

namespace Steward.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model; no database is opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<StewardDb>
{
    public StewardDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StewardDb>()
            .UseSqlite("Data Source=design-time.db", b => b.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
