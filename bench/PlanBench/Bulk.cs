using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanBench;

/// <summary>
/// Inserts plain entity objects with INSERT statements built from Skipper's EF model (table and
/// column names, value converters, parameter types), in one transaction per call (multi-row statements on PostgreSQL, one
/// prepared statement per table on SQLite): many times faster than SaveChanges for hundreds of thousands of rows.
/// </summary>
internal sealed class Bulk(DbContext db)
{
    private const int MaxParameters = 30_000;
    private const int MaxRowsPerStatement = 500;
    private readonly List<(Type Type, List<object> Rows)> pending = [];

    public int Count { get; private set; }

    public void Add(object entity)
    {
        var type = entity.GetType();
        var list = pending.Find(p => p.Type == type).Rows;
        if (list is null)
        {
            list = [];
            pending.Add((type, list));
        }
        list.Add(entity);
        Count++;
    }

    public async Task SaveAsync()
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var transaction = await connection.BeginTransactionAsync();
        // In the order the first row of each type was added: persons before their plans.
        foreach (var (type, rows) in pending)
        {
            await InsertAsync(connection, transaction, db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model"), rows);
        }
        await transaction.CommitAsync();
        pending.Clear();
        Count = 0;
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEntityType entity, List<object> rows)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = Columns(entity);
        var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        if (db.Database.IsSqlite())
        {
            // SQLite looks parameters up by name one by one, so long statements cost n²; one prepared row statement,
            // bound again for each row, is the fast way there.
            await using var single = connection.CreateCommand();
            single.Transaction = transaction;
            single.CommandText = head + "(" + string.Join(", ", columns.Select((_, c) => "@p" + c)) + ")";
            for (var c = 0; c < columns.Count; c++)
            {
                single.Parameters.Add(columns[c].Mapping.CreateParameter(single, "@p" + c, columns[c].Value(rows[0]), nullable: true));
            }
            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = columns[c].Value(row);
                    single.Parameters[c].Value = (value is null ? null : columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
                await single.ExecuteNonQueryAsync();
            }
            return;
        }
        var perStatement = Math.Max(1, Math.Min(MaxRowsPerStatement, MaxParameters / columns.Count));
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "@p" + n++;
                    text.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, columns[c].Value(chunk[r]), nullable: true));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync();
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> Value);

    private static List<Column> Columns(IEntityType entity)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            var info = property.PropertyInfo ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} has no CLR property");
            columns.Add(new Column(property.GetColumnName(table)!, (RelationalTypeMapping)property.GetTypeMapping(), info.GetValue));
        }
        foreach (var complex in entity.GetComplexProperties())
        {
            var owner = complex.PropertyInfo!;
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var info = property.PropertyInfo!;
                columns.Add(new Column(property.GetColumnName(table)!, (RelationalTypeMapping)property.GetTypeMapping(), row => info.GetValue(owner.GetValue(row))));
            }
        }
        return columns;
    }
}
