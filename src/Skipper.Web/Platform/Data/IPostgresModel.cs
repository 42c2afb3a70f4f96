using Microsoft.EntityFrameworkCore;

namespace Skipper.Web.Platform.Data;

/// <summary>
/// Model configuration that only PostgreSQL has (extensions, index methods such as GIN), kept beside the module's
/// other configurations but applied by PostgresAppDbContext alone, so SQLite's model and migrations never see it.
/// </summary>
public interface IPostgresModel
{
    void Configure(ModelBuilder builder);
}
