using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Steward.Core.Storage;

namespace Steward.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model; no server is contacted.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<StewardDb>
{
    public StewardDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StewardDb>()
            .UseNpgsql("Host=localhost;Database=steward_design", b => b.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
