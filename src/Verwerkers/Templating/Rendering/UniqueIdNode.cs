using System.Text;

namespace Verwerkers.Templating.Rendering;

/// <summary>
/// An id inside a section: written as in the template the first time, renumbered (bookmarks also renamed) in every
/// repeat, so that repeated content adds no duplicate ids to its part. For <see cref="IdKind.DrawingId"/> and
/// <see cref="IdKind.ContentControlId"/> the node is just the attribute value; for the other kinds it is the whole
/// (empty) element.
/// </summary>
internal sealed class UniqueIdNode : Node
{
    private readonly IdSpace _space;
    private readonly IdKind _kind;
    private readonly string _id;
    private readonly string _key;
    private readonly string? _name;
    private readonly byte[] _original;
    private readonly string _head;
    private readonly string _idAttribute;
    private readonly string? _nameAttribute;

    /// <summary>
    /// Takes the element (or attribute value) as the template has it; for element kinds also its start tag up to the
    /// id and name attributes (e.g. <c>&lt;w:bookmarkStart w:colFirst="1"</c>) and those attributes' qualified names.
    /// </summary>
    public UniqueIdNode(IdSpace space, IdKind kind, string id, string? name, string original, string head, string idAttribute, string? nameAttribute)
    {
        _space = space;
        _kind = kind;
        _id = id;

        // A comment's range start, range end and reference share its id: each is kept once.
        _key = kind == IdKind.CommentMark ? head + " " + id : id;
        _name = name;
        _original = Encoding.UTF8.GetBytes(original);
        _head = head;
        _idAttribute = idAttribute;
        _nameAttribute = nameAttribute;
    }

    public override int Render(RenderContext context, int index)
    {
        var ids = context.Ids;
        var first = ids.First(_space, _kind, _key);
        switch (_kind)
        {
            case IdKind.BookmarkStart when first:
                ids.MapBookmark(_id, _id);
                context.Output.Write(_original);
                break;
            case IdKind.BookmarkStart:
                {
                    var id = ids.NewNumber(IdKind.BookmarkStart);
                    ids.MapBookmark(_id, id);
                    var sb = new StringBuilder(_head).Append(' ').Append(_idAttribute).Append("=\"").Append(id).Append('"');
                    if (_nameAttribute is not null && _name is not null)
                    {
                        sb.Append(' ').Append(_nameAttribute).Append("=\"").Append(Escape(ids.NewBookmarkName(_name))).Append('"');
                    }

                    context.Output.Write(Encoding.UTF8.GetBytes(sb.Append("/>").ToString()));
                    break;
                }

            case IdKind.BookmarkEnd:
                if (ids.BookmarkEnd(_id) is { } end)
                {
                    var text = end == _id ? null : new StringBuilder(_head).Append(' ').Append(_idAttribute).Append("=\"").Append(end).Append("\"/>").ToString();
                    context.Output.Write(text is null ? _original : Encoding.UTF8.GetBytes(text));
                }

                break;
            case IdKind.CommentMark:
                if (first)
                {
                    context.Output.Write(_original);
                }

                break;
            default:
                context.Output.Write(first ? _original : Encoding.UTF8.GetBytes(ids.NewNumber(_kind)));
                break;
        }

        return index + 1;
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");
}
