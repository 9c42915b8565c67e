import { type FormEvent, useEffect, useState } from 'react';
import { messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import { ErrorMessage } from '../../../ui.js';
import { StoreSetStockMutation } from '../operations.js';
import type { Location, Product } from './product-draft.js';

/** Units on hand per variant and location; setStock for each cell (catalog:write). */
export function StockTable({
  product,
  locations,
  writable,
}: {
  product: Product;
  locations: Location[];
  writable: boolean;
}) {
  const { session } = useApp();
  const [levels, setLevels] = useState(() => new Map(product.variants.map((v) => [v.id, v.stock])));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => setLevels(new Map(product.variants.map((v) => [v.id, v.stock]))), [product]);

  const setStock = async (event: FormEvent<HTMLFormElement>, variantId: string, locationId: string) => {
    event.preventDefault();
    const onHand = Number(new FormData(event.currentTarget).get('onHand'));
    setError(null);
    setNotice('');
    try {
      const { setStock: level } = await session.execute(StoreSetStockMutation, {
        input: { variantId, locationId, onHand },
      });
      setLevels((prev) => {
        const next = new Map(prev);
        const rest = (prev.get(variantId) ?? []).filter((l) => l.location.id !== locationId);
        next.set(variantId, [...rest, level]);
        return next;
      });
      setNotice(`Stock set to ${level.onHand} at ${level.location.name}`);
    } catch (err) {
      setError(err);
    }
  };

  if (locations.length === 0) return null;
  return (
    <section aria-label="Stock">
      <h2>Stock per location</h2>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <p role="status">{notice}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            {locations.map((l) => (
              <th key={l.id} scope="col">
                {l.name}
                {l.isDefault ? ' (default)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {product.variants.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.sku}</th>
              {locations.map((l) => {
                const level = levels.get(v.id)?.find((s) => s.location.id === l.id);
                const label = `On hand of ${v.sku} at ${l.name}`;
                return (
                  <td key={l.id}>
                    {writable ? (
                      <form className="stock-cell" onSubmit={(e) => void setStock(e, v.id, l.id)}>
                        <input
                          name="onHand"
                          type="number"
                          min={level?.reserved ?? 0}
                          step={1}
                          required
                          aria-label={label}
                          defaultValue={level?.onHand ?? 0}
                          key={`${level?.onHand ?? 0}`}
                        />
                        <button type="submit" aria-label={`Set stock of ${v.sku} at ${l.name}`}>
                          Set
                        </button>
                      </form>
                    ) : (
                      <span>{level?.onHand ?? 0}</span>
                    )}
                    <small>
                      {' '}
                      {level?.reserved ?? 0} reserved · {level?.available ?? 0} available
                    </small>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
