using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Demo;

/// <summary>
/// Writes many new rows of one entity type with a few multi-row INSERTs built from the EF model (table, columns,
/// value converters, store types), outside the change tracker. For the demo population only: SaveChanges does a round
/// of work per row, and the population's thousands of rows would add seconds to the start of every new database
/// (every test app's too). The rows must be complete (tenant, keys) and come after the rows they refer to.
/// </summary>
internal static class DemoRows
{
    /// <summary>
    /// Parameters per statement: Microsoft.Data.Sqlite binds each by name, and SQLite finds a name by walking the
    /// statement's list, so the cost grows with the square of the count (30,000 in one statement took seconds; 100 was the quickest tried).
    /// </summary>
    private const int MaxParameters = 100;

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetFlattenedProperties()
            .Select(p => (Name: sql.DelimitIdentifier(p.GetColumnName(store)!), Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Getter: p.GetGetter()))
            .ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(head);
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = $"@p{(r * columns.Count) + c}";
                        text.Append(c == 0 ? name : ", " + name);
                        command.Parameters.Add(Parameter(command, columns[c].Mapping, name, columns[c].Getter.GetClrValueUsingContainingEntity(chunk[r])));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The type mapping makes the parameter (and applies the column's value converter), as SaveChanges would.</summary>
    private static DbParameter Parameter(DbCommand command, RelationalTypeMapping mapping, string name, object? value) =>
        mapping.CreateParameter(command, name, value, nullable: true);
}
